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
  RadioTower,
  Siren,
  Users,
  Wand2,
  type LucideIcon,
} from 'lucide-react';
import type { DocumentKind, Role } from '@/schemas';

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
  { href: '/telemetry', label: 'Telemetry', icon: RadioTower },
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

/** Each plugin's settings pages: one document kind each, served by one page component. */
export const pluginSections = [
  {
    slug: 'sandbox',
    label: 'Sandbox',
    icon: Gauge,
    kind: 'sandbox',
    description: 'How the plugin is isolated and where its code runs (engine, limits, filesystem, network, processes).',
  },
  { slug: 'state', label: 'State', icon: Boxes, kind: 'hot-reload', description: 'Hot reload and the distributed state that survives it.' },
  {
    slug: 'aiops',
    label: 'AIOps',
    icon: Bot,
    kind: 'aiops',
    description: 'Anomaly detection, self-healing, auto-scaling, optimization and incident response for this plugin.',
  },
] as const satisfies readonly { slug: string; label: string; icon: LucideIcon; kind: DocumentKind; description: string }[];

export type PluginSectionSlug = (typeof pluginSections)[number]['slug'];
