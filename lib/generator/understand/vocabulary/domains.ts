/*
 * App kinds the generator recognises. A domain supplies an app label and, only when the
 * prompt names no records of its own, a starter set of entities and their relations.
 */

export interface DomainEntry {
  key: string;
  label: string;
  icon: string;
  /** Phrases (lowercase, space separated) that mark the domain anywhere in a prompt. */
  triggers: string[];
  entities: string[];
  /** [child, parent]: the child gets a lookup to the parent. */
  relations: [string, string][];
}

export const DOMAINS: DomainEntry[] = [
  {
    key: 'crm', label: 'CRM', icon: 'handshake',
    triggers: ['crm', 'sales pipeline', 'customer relationship', 'sales crm'],
    entities: ['account', 'contact', 'deal'],
    relations: [['contact', 'account'], ['deal', 'account']],
  },
  {
    key: 'helpdesk', label: 'Helpdesk', icon: 'life-buoy',
    triggers: ['helpdesk', 'help desk', 'service desk', 'support desk', 'customer support', 'ticketing'],
    entities: ['ticket'], relations: [],
  },
  {
    key: 'inventory', label: 'Inventory', icon: 'package',
    triggers: ['inventory', 'stock management', 'stock control', 'warehouse management'],
    entities: ['product', 'supplier'], relations: [['product', 'supplier']],
  },
  {
    key: 'hr', label: 'HR', icon: 'id-card',
    triggers: ['hr', 'human resources', 'hris', 'people management', 'personnel'],
    entities: ['employee', 'leave_request'], relations: [['leave_request', 'employee']],
  },
  {
    key: 'projects', label: 'Projects', icon: 'folder-kanban',
    triggers: ['project management', 'project tracker', 'projects', 'project tool'],
    entities: ['project', 'task'], relations: [['task', 'project']],
  },
  {
    key: 'todo', label: 'To-do', icon: 'square-check',
    triggers: ['todo', 'to do', 'task list', 'checklist'],
    entities: ['todo'], relations: [],
  },
  {
    key: 'events', label: 'Events', icon: 'calendar-days',
    triggers: ['event management', 'events', 'event planning', 'conference', 'ticketing'],
    entities: ['event', 'attendee'], relations: [['attendee', 'event']],
  },
  {
    key: 'real_estate', label: 'Real Estate', icon: 'house',
    triggers: ['real estate', 'realty', 'property listings', 'estate agency'],
    entities: ['property', 'agent', 'viewing'], relations: [['property', 'agent'], ['viewing', 'property']],
  },
  {
    key: 'property_management', label: 'Property Management', icon: 'building',
    triggers: ['property management', 'landlord', 'apartment building', 'rental properties'],
    entities: ['building', 'unit', 'tenant'], relations: [['unit', 'building'], ['tenant', 'unit']],
  },
  {
    key: 'education', label: 'School', icon: 'graduation-cap',
    triggers: ['school', 'education', 'university', 'college', 'student information', 'lms', 'learning', 'course platform'],
    entities: ['student', 'course', 'enrollment'], relations: [['enrollment', 'student'], ['enrollment', 'course']],
  },
  {
    key: 'library', label: 'Library', icon: 'library',
    triggers: ['library'],
    entities: ['book', 'member', 'loan'], relations: [['loan', 'book'], ['loan', 'member']],
  },
  {
    key: 'recruiting', label: 'Recruiting', icon: 'user-search',
    triggers: ['recruiting', 'recruitment', 'hiring', 'applicant tracking', 'ats', 'talent acquisition'],
    entities: ['job_opening', 'candidate', 'application'],
    relations: [['application', 'job_opening'], ['application', 'candidate']],
  },
  {
    key: 'fleet', label: 'Fleet', icon: 'car',
    triggers: ['fleet'],
    entities: ['vehicle', 'driver', 'maintenance_record'], relations: [['vehicle', 'driver'], ['maintenance_record', 'vehicle']],
  },
  {
    key: 'restaurant', label: 'Restaurant', icon: 'utensils',
    triggers: ['restaurant', 'bistro', 'diner', 'cafe', 'eatery'],
    entities: ['menu_item', 'reservation'], relations: [],
  },
  {
    key: 'hotel', label: 'Hotel', icon: 'bed',
    triggers: ['hotel', 'hostel', 'guest house', 'bed and breakfast', 'motel'],
    entities: ['room', 'guest', 'booking'], relations: [['booking', 'room'], ['booking', 'guest']],
  },
  {
    key: 'gym', label: 'Gym', icon: 'dumbbell',
    triggers: ['gym', 'fitness', 'health club'],
    entities: ['member', 'membership', 'trainer'], relations: [['membership', 'member']],
  },
  {
    key: 'clinic', label: 'Clinic', icon: 'stethoscope',
    triggers: ['clinic', 'medical practice', 'hospital', 'dental', 'doctor office', 'healthcare'],
    entities: ['patient', 'appointment'], relations: [['appointment', 'patient']],
  },
  {
    key: 'veterinary', label: 'Veterinary Clinic', icon: 'paw-print',
    triggers: ['veterinary', 'vet clinic', 'animal hospital'],
    entities: ['owner', 'pet', 'visit'], relations: [['pet', 'owner'], ['visit', 'pet']],
  },
  {
    key: 'invoicing', label: 'Invoicing', icon: 'receipt',
    triggers: ['invoicing', 'billing', 'accounts receivable'],
    entities: ['client', 'invoice', 'payment'], relations: [['invoice', 'client'], ['payment', 'invoice']],
  },
  {
    key: 'expenses', label: 'Expenses', icon: 'wallet',
    triggers: ['expense tracker', 'expense tracking', 'expenses', 'budgeting'],
    entities: ['expense'], relations: [],
  },
  {
    key: 'nonprofit', label: 'Donor Management', icon: 'heart-handshake',
    triggers: ['nonprofit', 'non-profit', 'charity', 'fundraising', 'donor management'],
    entities: ['donor', 'donation', 'campaign'], relations: [['donation', 'donor'], ['donation', 'campaign']],
  },
  {
    key: 'blog', label: 'Blog', icon: 'newspaper',
    triggers: ['blog', 'cms', 'content management'],
    entities: ['post', 'author'], relations: [['post', 'author']],
  },
  {
    key: 'assets', label: 'Asset Management', icon: 'monitor',
    triggers: ['asset management', 'it assets', 'asset tracking', 'equipment tracking'],
    entities: ['asset', 'employee'], relations: [['asset', 'employee']],
  },
  {
    key: 'bugs', label: 'Bug Tracker', icon: 'bug',
    triggers: ['bug tracker', 'issue tracker', 'bug tracking', 'issue tracking'],
    entities: ['bug'], relations: [],
  },
  {
    key: 'farm', label: 'Farm', icon: 'tractor',
    triggers: ['farm'],
    entities: ['field', 'crop', 'harvest'], relations: [['harvest', 'crop'], ['crop', 'field']],
  },
  {
    key: 'volunteers', label: 'Volunteers', icon: 'hand-heart',
    triggers: ['volunteer'],
    entities: ['volunteer', 'shift'], relations: [],
  },
  {
    key: 'rental', label: 'Rentals', icon: 'key-round',
    triggers: ['car rental', 'rental business', 'equipment rental'],
    entities: ['car', 'customer', 'rental'], relations: [['rental', 'car'], ['rental', 'customer']],
  },
];
