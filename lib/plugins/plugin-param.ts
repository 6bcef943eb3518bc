// Plugin ids may contain `/` and `@`, so pages receive them URL-encoded in one path segment.
export function pluginIdFromParam(param: string): string {
  try {
    return decodeURIComponent(param);
  } catch {
    return param;
  }
}
