/** The pane follows Office's theme: a dark Office background gets Fluent's dark theme. */
import { type Theme, webDarkTheme, webLightTheme } from '@fluentui/react-components';

/** WCAG relative luminance of "#RRGGBB"; null for anything else. */
function luminance(hex: string): number | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return null;
  const [r, g, b] = match.slice(1).map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Below this luminance, black text would be harder to read than white: the background is dark. */
const DARK_BELOW = 0.179;

export function themeForOffice(bodyBackgroundColor: string | undefined): Theme {
  const shade = bodyBackgroundColor === undefined ? null : luminance(bodyBackgroundColor);
  return shade !== null && shade < DARK_BELOW ? webDarkTheme : webLightTheme;
}
