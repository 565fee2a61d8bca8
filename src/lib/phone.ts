/** Shows an international number the way it is read aloud in Serbia: "+381 64 828 3171". */
export function formatPhone(number: string): string {
  const match = /^\+381(800|6\d|1\d|[2-3]\d{1,2})(\d+)$/.exec(number);
  if (!match) return number;
  const [, area = '', rest = ''] = match;
  const split = rest.length === 6 ? 3 : rest.length - 4;
  const groups = split > 0 ? [rest.slice(0, split), rest.slice(split)] : [rest];
  return ['+381', area, ...groups].join(' ');
}
