// A remembered width comes from a cookie the browser (or anyone) can set: only the API's own
// bounds pass, anything else means "not known", never an error.
import { describe, expect, it } from 'vitest';
import { parseRememberedWidth, rememberedWidthCookie } from './remembered-widths';

describe('remembered chart widths', () => {
  it.each([
    ['960', 960],
    ['10', 10],
    ['4000', 4000],
    ['9', null],
    ['4001', null],
    ['96.5', null],
    ['-960', null],
    ['abc', null],
    ['', null],
    ['\u0000', null],
    [undefined, null],
  ])('reads %j as %j', (value, width) => {
    expect(parseRememberedWidth(value)).toBe(width);
  });

  it('keeps a width for a year, for every page of the console', () => {
    expect(rememberedWidthCookie('stack', 960, 0)).toEqual({ name: 'console-stack-width', value: '960', path: '/', expires: 365 * 86_400_000, sameSite: 'lax' });
  });
});
