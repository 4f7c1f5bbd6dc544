import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { themeForOffice } from '../../src/taskpane/office-theme';

describe("following Office's theme", () => {
  it.each([
    ['Black', '#000000'],
    ['Dark Grey', '#262626'],
    ['dark grey, lower case and no #', '404040'],
  ])('a dark Office background (%s) gets the dark theme', (_, background) => {
    expect(themeForOffice(background)).toBe(webDarkTheme);
  });

  it.each([
    ['White', '#FFFFFF'],
    ['Colorful', '#E6E6E6'],
    ['no theme reported', undefined],
    ['a colour it cannot read', 'teal'],
  ])('anything else (%s) gets the light theme', (_, background) => {
    expect(themeForOffice(background)).toBe(webLightTheme);
  });
});
