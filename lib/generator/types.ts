/*
 * The generator's intermediate model: what the language pipeline understood from a prompt,
 * before it becomes ObjectStack metadata. Kept free of spec types so the pipeline can be
 * tested on its own; metadata/ maps it onto @objectstack/spec shapes.
 */
import type { GeneratedCode, LowCodeSchemaType } from '@/schemas';
import type { MODEL_FIELD_TYPES } from '@/lib/generator/model/app-model-schema';

/** The ObjectStack field types the generator emits, listed once in MODEL_FIELD_TYPES. */
export type ModelFieldType = (typeof MODEL_FIELD_TYPES)[number];

export interface ModelOption {
  label: string;
  value: string;
}

/** Where a field or entity came from, so warnings and confidence can be honest about it. */
export type ModelSource = 'prompt' | 'default' | 'relation' | 'name-field';

export interface ModelField {
  name: string;
  label: string;
  type: ModelFieldType;
  required: boolean;
  unique?: boolean;
  options?: ModelOption[];
  /** Target object name for lookup / master_detail / user. */
  reference?: string;
  autonumberFormat?: string;
  /** The value a new record starts with, as the prompt gave it ("tier default basic"). */
  defaultValue?: string | number | boolean;
  /** CEL expression for formula fields. */
  expression?: string;
  source: ModelSource;
  /** The words of the prompt this field came from, for explanations. */
  phrase?: string;
}

export interface ModelEntity {
  name: string;
  label: string;
  pluralLabel: string;
  icon: string;
  nameField: string;
  fields: ModelField[];
  source: 'prompt' | 'default';
  /** The words of the prompt that named it, for the plan. */
  phrase?: string;
}

export type RelationKind = 'lookup' | 'master_detail' | 'user';

export interface ModelRelation {
  /** Object holding the reference field (the "many" side). */
  from: string;
  field: string;
  to: string;
  kind: RelationKind;
  phrase: string;
}

export interface AppModel {
  prompt: string;
  app: { name: string; label: string; domain?: string; description: string };
  entities: ModelEntity[];
  relations: ModelRelation[];
  /** 0..100: how much of the prompt the pipeline understood and how little it guessed. */
  confidence: number;
  warnings: string[];
  suggestions: string[];
  /** Set when the prompt is in a language the reader cannot read ("German"); nothing is built. */
  unreadableLanguage?: string;
}

/** A low-code schema file of GeneratedCode (docs/protocol.md §5), from the protocol schema itself. */
export type GeneratedSchemaFile = NonNullable<GeneratedCode['schemas']>[number];
export type GeneratedFile = GeneratedCode['files'][number];
export type SchemaArtifactType = LowCodeSchemaType;
