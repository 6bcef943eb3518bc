/*
 * The code style of a source-code request (CodeGenerationRequest.style), resolved to what the
 * printer needs. Defaults are the protocol's, so an absent style prints like `{}`.
 */
import type { CodeGenerationRequest } from '@/schemas';

export interface CodeStyle {
  indent: string;
  quote: "'" | '"';
  semicolons: boolean;
  trailingComma: boolean;
  /** Lines longer than this are broken across lines. */
  width: number;
}

export const DEFAULT_STYLE: CodeStyle = { indent: '  ', quote: "'", semicolons: true, trailingComma: true, width: 100 };

export function resolveStyle(style: CodeGenerationRequest['style']): CodeStyle {
  if (!style) return DEFAULT_STYLE;
  return {
    indent: style.indentation === 'tab' ? '\t' : style.indentation === '4spaces' ? '    ' : '  ',
    quote: style.quotes === 'double' ? '"' : "'",
    semicolons: style.semicolons,
    trailingComma: style.trailingComma,
    width: DEFAULT_STYLE.width,
  };
}

/** Visual width of an indent, counting a tab as four columns. */
export function indentWidth(style: CodeStyle, level: number): number {
  return level * (style.indent === '\t' ? 4 : style.indent.length);
}
