// The console's sections, in sidebar order, and the sections of each plugin.
import {
  Activity,
  Bot,
  Boxes,
  ClipboardList,
  Gauge,
  HeartPulse,
  KeyRound,
  LayoutDashboard,
  Lightbulb,
  Package,
  Siren,
  Users,
  Wand2,
  type LucideIcon,
} from 'lucide-react';
import type { Role } from '@/schemas';

export interface NavItem {
  href: string;
  label: string;
  icon: LucideIcon;
  minRole?: Role;
  /** A live count shown beside the label. */
  badge?: 'pending-approvals';
}

export const mainNav: NavItem[] = [
  { href: '/', label: 'Overview', icon: LayoutDashboard },
  { href: '/plugins', label: 'Plugins', icon: Boxes },
  { href: '/registry', label: 'Registry', icon: Package },
  { href: '/anomalies', label: 'Anomalies', icon: Activity },
  { href: '/incidents', label: 'Incidents', icon: Siren },
  { href: '/healing', label: 'Healing', icon: HeartPulse, badge: 'pending-approvals' },
  { href: '/optimizations', label: 'Optimizations', icon: Lightbulb },
  { href: '/generator', label: 'Generator', icon: Wand2 },
  { href: '/audit', label: 'Audit log', icon: ClipboardList },
];

export const adminNav: NavItem[] = [
  { href: '/users', label: 'Users', icon: Users, minRole: 'admin' },
  { href: '/tokens', label: 'API tokens', icon: KeyRound, minRole: 'admin' },
];

export const pluginSections = [
  { slug: 'sandbox', label: 'Sandbox', icon: Gauge },
  { slug: 'state', label: 'State', icon: Boxes },
  { slug: 'aiops', label: 'AIOps', icon: Bot },
] as const;

export type PluginSectionSlug = (typeof pluginSections)[number]['slug'];
