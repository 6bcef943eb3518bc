/*
 * The app: one navigation entry per object, led by the overview dashboard when there is one.
 * Valid under @objectstack/spec 16.1 and 17.x alike.
 */
import type { AppModel } from '@/lib/generator/types';
import type { AppDef } from './spec-types';

export function buildApp(model: AppModel, dashboardName: string | undefined): AppDef {
  const navigation: NonNullable<AppDef['navigation']> = [];
  if (dashboardName) {
    navigation.push({ id: 'nav_overview', type: 'dashboard', label: 'Overview', icon: 'layout-dashboard', dashboardName });
  }
  model.entities.forEach((entity, i) => {
    navigation.push({
      id: `nav_${entity.name}`,
      type: 'object',
      label: entity.pluralLabel,
      icon: entity.icon,
      order: i + 1,
      objectName: entity.name,
    });
  });
  return {
    name: model.app.name,
    label: model.app.label,
    description: model.app.description,
    icon: model.entities[0]?.icon ?? 'layout-grid',
    // No homePageId: @objectstack/spec 17 removed it; the overview leads the navigation instead.
    navigation,
  };
}
