// Small inline SVG icons, drawn in the text colour. Glyphs like ⛔ ⚠ ✔ depend
// on an emoji or symbol font the machine may not have (an empty box then), so
// the UI draws its own. Decorative by default (the words beside say it);
// with a label, the icon is the accessible name.
export type IconName = 'pass' | 'fail' | 'warning' | 'danger' | 'info' | 'half' | 'skip' | 'arrow-right' | 'arrow-left' | 'arrow-down';

// 16×16 viewBox, strokes only (currentColor), so they follow light and dark.
const PATHS: Record<IconName, string> = {
  pass: 'M3 8.5l3.2 3.2L13 4.8',
  fail: 'M4 4l8 8M12 4l-8 8',
  warning: 'M8 1.8L15 14H1L8 1.8zM8 6.2v3.6M8 11.6v.4',
  danger: 'M5.2 1.5h5.6l3.7 3.7v5.6l-3.7 3.7H5.2l-3.7-3.7V5.2zM5.5 8h5',
  info: 'M8 1.5a6.5 6.5 0 1 1 0 13a6.5 6.5 0 1 1 0-13zM8 7v4.5M8 4.6v.4',
  half: 'M8 1.5a6.5 6.5 0 1 1 0 13a6.5 6.5 0 1 1 0-13zM8 1.5v13',
  skip: 'M2.5 10.5c1-4.5 8-5.5 10.5-1.5M13.5 5.5v4h-4',
  'arrow-right': 'M2 8h11M9 4l4 4-4 4',
  'arrow-left': 'M14 8H3M7 4L3 8l4 4',
  'arrow-down': 'M8 2v11M4 9l4 4 4-4',
};

export interface IconProps {
  name: IconName;
  /** The icon's accessible name; without one it is hidden from assistive technology. */
  label?: string;
  className?: string;
}

export function Icon({ name, label, className }: IconProps) {
  const a11y = label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true as const };
  return (
    <svg className={`icon icon-${name}${className ? ` ${className}` : ''}`} viewBox="0 0 16 16" width="1em" height="1em" focusable="false" {...a11y}>
      <path d={PATHS[name]} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
