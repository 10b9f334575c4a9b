/** A stable colour per speaker, so the same official has the same colour in every view. */
export function speakerHue(key: string): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return (h >>> 0) % 360;
}

export function speakerColour(key: string, lightness = 88): string {
  return `hsl(${speakerHue(key)} 70% ${lightness}%)`;
}
