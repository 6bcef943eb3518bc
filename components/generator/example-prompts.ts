// Prompts the built-in reader understands well, offered as a starting point.
export const EXAMPLE_PROMPTS = [
  { label: 'Sales CRM', prompt: 'A CRM with accounts, contacts and deals; deals have an amount, a stage and a close date' },
  { label: 'Help desk', prompt: 'A help desk: tickets with a subject, a priority and a status, assigned to agents' },
  { label: 'Library', prompt: 'A library with books, members and loans; loans belong to a book and a member' },
  { label: 'Project tracker', prompt: 'A project tracker: projects and tasks; tasks have a due date, an estimate in hours and a done flag' },
] as const;

export const EXAMPLE_DSL = `app todo "To-do"

object task
  title: text required
  priority: select(Low, Medium, High)
  due_date: date
  done: boolean
`;
