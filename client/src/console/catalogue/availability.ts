/** The catalogue's availability words, as the company writes them, and how loudly each is shown. */
const tones: Record<string, 'ok' | 'warn' | 'info' | 'neutral'> = {
  disponibile: 'ok',
  'ultimi pezzi': 'warn',
  'su ordinazione': 'info',
  esaurito: 'neutral',
  'fuori produzione': 'neutral',
};

export function availabilityTone(availability: string): 'ok' | 'warn' | 'info' | 'neutral' {
  return tones[availability] ?? 'neutral';
}
