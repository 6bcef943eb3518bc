/*
 * Option sets for select fields, chosen by the field's head word and, where the meaning
 * depends on the record ("stage" of a deal vs of a job application), by the entity.
 * A select with no matching set keeps no options and the pipeline warns about it.
 */

export interface OptionPreset {
  /** Field head words this set applies to ("status", "stage", ...). */
  fields: string[];
  /** Entity names (singular, snake_case) it is specific to; omitted = any entity. */
  entities?: string[];
  options: string[];
}

const DEAL = ['deal', 'opportunity', 'sale', 'pipeline'];
const TICKET = ['ticket', 'support_ticket', 'case', 'support_case', 'issue', 'incident', 'request', 'maintenance_request', 'service_request', 'bug'];
const TASK = ['task', 'todo', 'to_do', 'todo_item', 'story', 'chore', 'action_item', 'subtask'];
const ORDER = ['order', 'purchase_order', 'sales_order', 'shipment', 'delivery'];
const APPLICATION = ['application', 'candidate', 'applicant', 'job_application'];
const BOOKING = ['reservation', 'booking'];
const APPOINTMENT = ['appointment', 'visit', 'consultation', 'session', 'viewing', 'interview', 'meeting'];

export const OPTION_PRESETS: OptionPreset[] = [
  { fields: ['stage'], entities: DEAL, options: ['Prospecting', 'Qualification', 'Proposal', 'Negotiation', 'Closed Won', 'Closed Lost'] },
  { fields: ['stage', 'status'], entities: APPLICATION, options: ['Applied', 'Screening', 'Interview', 'Offer', 'Hired', 'Rejected'] },
  { fields: ['status'], entities: DEAL, options: ['Open', 'Won', 'Lost'] },
  { fields: ['status'], entities: ['bug', 'issue', 'defect'], options: ['New', 'Triaged', 'In Progress', 'Fixed', 'Verified', 'Closed'] },
  { fields: ['status'], entities: TICKET, options: ['New', 'Open', 'Pending', 'Resolved', 'Closed'] },
  { fields: ['status'], entities: TASK, options: ['To Do', 'In Progress', 'Blocked', 'Done'] },
  { fields: ['status'], entities: ['project', 'campaign', 'initiative', 'program'], options: ['Planned', 'Active', 'On Hold', 'Completed', 'Cancelled'] },
  { fields: ['status'], entities: ORDER, options: ['Draft', 'Submitted', 'Approved', 'Shipped', 'Received', 'Cancelled'] },
  { fields: ['status'], entities: ['invoice', 'bill', 'quote', 'estimate'], options: ['Draft', 'Sent', 'Paid', 'Overdue', 'Void'] },
  { fields: ['status'], entities: ['payment', 'donation', 'transaction'], options: ['Pending', 'Completed', 'Failed', 'Refunded'] },
  { fields: ['status'], entities: ['lead', 'prospect'], options: ['New', 'Contacted', 'Qualified', 'Unqualified', 'Converted'] },
  { fields: ['status'], entities: ['leave_request', 'time_off_request', 'expense', 'expense_report', 'timesheet', 'purchase_request'], options: ['Pending', 'Approved', 'Rejected'] },
  { fields: ['status'], entities: ['vehicle', 'car', 'truck', 'asset', 'equipment', 'device', 'laptop'], options: ['Available', 'In Use', 'Maintenance', 'Retired'] },
  { fields: ['status'], entities: BOOKING, options: ['Pending', 'Confirmed', 'Seated', 'Completed', 'Cancelled', 'No Show'] },
  { fields: ['status'], entities: APPOINTMENT, options: ['Scheduled', 'Confirmed', 'Completed', 'Cancelled', 'No Show'] },
  { fields: ['status', 'listing_status'], entities: ['property', 'listing', 'house', 'home'], options: ['Available', 'Under Offer', 'Sold', 'Rented', 'Off Market'] },
  { fields: ['status'], entities: ['room', 'unit', 'table', 'apartment'], options: ['Available', 'Occupied', 'Reserved', 'Out of Service'] },
  { fields: ['status'], entities: ['loan', 'rental', 'checkout', 'borrowing'], options: ['Active', 'Returned', 'Overdue', 'Lost'] },
  { fields: ['status'], entities: ['event', 'webinar', 'workshop'], options: ['Draft', 'Published', 'Sold Out', 'Completed', 'Cancelled'] },
  { fields: ['status'], entities: ['job_posting', 'job_opening', 'job', 'opening', 'position', 'vacancy', 'requisition'], options: ['Draft', 'Open', 'On Hold', 'Filled', 'Closed'] },
  { fields: ['status'], entities: ['employee', 'staff', 'member', 'volunteer', 'membership', 'subscription', 'account', 'customer', 'client', 'student', 'user'], options: ['Active', 'Inactive', 'Suspended'] },
  { fields: ['status'], entities: ['post', 'article', 'page', 'blog_post', 'document'], options: ['Draft', 'In Review', 'Published', 'Archived'] },
  { fields: ['status'], entities: ['product', 'item', 'menu_item', 'dish', 'inventory_item'], options: ['Active', 'Discontinued', 'Out of Stock'] },
  { fields: ['status'], entities: ['enrollment', 'course', 'class'], options: ['Enrolled', 'In Progress', 'Completed', 'Dropped'] },
  { fields: ['status'], options: ['Active', 'Inactive'] },
  { fields: ['stage'], options: ['New', 'In Progress', 'Review', 'Done'] },
  { fields: ['phase'], options: ['Planning', 'Execution', 'Review', 'Closed'] },
  { fields: ['priority', 'urgency'], options: ['Low', 'Medium', 'High', 'Urgent'] },
  { fields: ['severity', 'impact'], options: ['Low', 'Medium', 'High', 'Critical'] },
  { fields: ['rsvp'], options: ['Yes', 'No', 'Maybe', 'No Response'] },
  { fields: ['level', 'difficulty', 'seniority'], entities: ['course', 'class', 'lesson', 'workout', 'recipe', 'skill'], options: ['Beginner', 'Intermediate', 'Advanced'] },
  { fields: ['seniority', 'level'], entities: ['employee', 'job_posting', 'job_opening', 'position', 'candidate', 'role'], options: ['Junior', 'Mid', 'Senior', 'Lead'] },
  { fields: ['difficulty'], options: ['Easy', 'Medium', 'Hard'] },
  { fields: ['type'], entities: ['account', 'company', 'organization'], options: ['Customer', 'Prospect', 'Partner', 'Vendor', 'Other'] },
  { fields: ['type'], entities: ['room'], options: ['Single', 'Double', 'Twin', 'Suite'] },
  { fields: ['type'], entities: ['workout', 'exercise', 'activity_log'], options: ['Cardio', 'Strength', 'Flexibility', 'Sports', 'Other'] },
  { fields: ['type', 'property_type'], entities: ['property', 'listing'], options: ['House', 'Apartment', 'Condo', 'Townhouse', 'Land', 'Commercial'] },
  { fields: ['type'], entities: ['activity', 'interaction'], options: ['Call', 'Email', 'Meeting', 'Task', 'Note'] },
  { fields: ['type', 'employment_type'], entities: ['employee', 'job_posting', 'job_opening', 'position', 'job'], options: ['Full Time', 'Part Time', 'Contract', 'Internship'] },
  { fields: ['type', 'leave_type'], entities: ['leave_request', 'time_off_request', 'leave'], options: ['Vacation', 'Sick', 'Personal', 'Parental', 'Unpaid'] },
  { fields: ['type'], entities: TICKET, options: ['Question', 'Problem', 'Incident', 'Feature Request'] },
  { fields: ['type', 'fuel_type'], entities: ['vehicle', 'car', 'truck'], options: ['Sedan', 'SUV', 'Van', 'Truck', 'Other'] },
  { fields: ['method', 'payment_method'], options: ['Cash', 'Card', 'Bank Transfer', 'Check', 'Other'] },
  { fields: ['source', 'lead_source'], options: ['Website', 'Referral', 'Event', 'Cold Call', 'Partner', 'Other'] },
  { fields: ['industry'], options: ['Technology', 'Finance', 'Healthcare', 'Retail', 'Manufacturing', 'Education', 'Other'] },
  { fields: ['gender'], options: ['Female', 'Male', 'Non-binary', 'Prefer Not to Say'] },
  { fields: ['condition'], options: ['New', 'Good', 'Fair', 'Poor'] },
  { fields: ['size'], options: ['Small', 'Medium', 'Large'] },
  { fields: ['tier', 'plan', 'membership_type'], options: ['Basic', 'Standard', 'Premium'] },
  { fields: ['frequency'], options: ['Daily', 'Weekly', 'Monthly', 'Yearly'] },
  { fields: ['shift'], options: ['Morning', 'Afternoon', 'Evening', 'Night'] },
  { fields: ['channel'], options: ['Email', 'Phone', 'Chat', 'Web', 'Social'] },
  { fields: ['sentiment'], options: ['Positive', 'Neutral', 'Negative'] },
  { fields: ['genre'], entities: ['book', 'novel', 'title'], options: ['Fiction', 'Non-fiction', 'Mystery', 'Science Fiction', 'Fantasy', 'Biography', 'Other'] },
  { fields: ['genre'], entities: ['movie', 'film', 'show'], options: ['Action', 'Comedy', 'Drama', 'Documentary', 'Horror', 'Other'] },
  { fields: ['grade', 'quality', 'quality_grade'], entities: ['harvest', 'crop', 'product', 'batch', 'lot'], options: ['Premium', 'Grade A', 'Grade B', 'Reject'] },
  { fields: ['grade', 'grade_level'], entities: ['student', 'pupil'], options: ['Grade 9', 'Grade 10', 'Grade 11', 'Grade 12'] },
  { fields: ['grade'], entities: ['enrollment', 'submission', 'assignment', 'exam'], options: ['A', 'B', 'C', 'D', 'F'] },
  { fields: ['species'], entities: ['pet', 'animal', 'patient'], options: ['Dog', 'Cat', 'Bird', 'Rabbit', 'Other'] },
  { fields: ['role'], options: ['Admin', 'Manager', 'Member', 'Viewer'] },
  { fields: ['visibility'], options: ['Public', 'Internal', 'Private'] },
  { fields: ['availability'], options: ['Weekdays', 'Weekends', 'Evenings', 'Flexible'] },
  { fields: ['semester', 'term'], options: ['Fall', 'Spring', 'Summer'] },
  { fields: ['region'], options: ['North', 'South', 'East', 'West'] },
];
