/*
 * AppModel → DSL text (grammar in README.md). Prints only what differs from the defaults the
 * parser would fill in, so the text stays short and parseDsl(printDsl(m)) gives m back.
 */
import type { AppModel, ModelEntity, ModelField, ModelOption } from '@/lib/generator/types';
import { toLabel, toOptionValue } from '@/lib/generator/naming';
import { entityLabels, pickNameField } from '@/lib/generator/model/entity-defaults';
import { quote } from './lex-line';

const BARE_LABEL = /^[A-Za-z0-9]+( [A-Za-z0-9]+)*$/;
const BARE_VALUE = /^[A-Za-z0-9_](?:[A-Za-z0-9_.'/&+]|-(?!>))*$/;

export function printDsl(model: AppModel): string {
  const lines: string[] = [];
  lines.push(`app ${model.app.name}${model.app.label === toLabel(model.app.name) ? '' : ` ${quote(model.app.label)}`}`);
  if (model.app.description) lines.push(`  description ${quote(model.app.description)}`);
  if (model.app.domain) lines.push(`  domain ${quote(model.app.domain)}`);
  for (const entity of model.entities) {
    lines.push('', printObjectLine(entity));
    for (const field of entity.fields) lines.push(`  ${printField(field)}`);
  }
  return `${lines.join('\n')}\n`;
}

function printObjectLine(entity: ModelEntity): string {
  const defaults = entityLabels(entity.name);
  const parts = ['object', entity.name];
  if (entity.label !== defaults.label || entity.pluralLabel !== defaults.pluralLabel) {
    parts.push(quote(entity.label));
    if (entity.pluralLabel !== defaults.pluralLabel) parts.push(quote(entity.pluralLabel));
  }
  if (entity.icon !== defaults.icon) parts.push(`icon=${BARE_VALUE.test(entity.icon) ? entity.icon : quote(entity.icon)}`);
  if (entity.nameField !== pickNameField(entity)) parts.push(`display=${entity.nameField}`);
  return parts.join(' ');
}

function printField(field: ModelField): string {
  let text = `${field.name}: ${field.type}`;
  if (field.options?.length) text += `(${field.options.map(printOption).join(', ')})`;
  if (field.reference && !(field.type === 'user' && field.reference === 'sys_user')) text += ` -> ${field.reference}`;
  if (field.required) text += ' required';
  if (field.unique) text += ' unique';
  if (field.label !== toLabel(field.name)) text += ` label=${quote(field.label)}`;
  if (field.autonumberFormat && field.type === 'autonumber') text += ` format=${quote(field.autonumberFormat)}`;
  if (field.expression && field.type === 'formula') text += ` expr=${quote(field.expression)}`;
  return text;
}

function printOption(option: ModelOption): string {
  const label = BARE_LABEL.test(option.label) ? option.label : quote(option.label);
  return option.value === toOptionValue(option.label) ? label : `${label}=${option.value}`;
}
