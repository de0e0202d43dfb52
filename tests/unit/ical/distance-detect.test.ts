import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { runs } from '../runs';
import { detectDistance } from '../../../src/ical/distance-detect';
import type { Distance } from '../../../src/model/plan';

const CASES: readonly (readonly [string, Distance | null])[] = [
  // Standard distances by word
  ['BMW BERLIN-MARATHON 2027', 'marathon'],
  ['TCS London Marathon', 'marathon'],
  ['Boston Marathon (26.2 mi)', 'marathon'],
  ['Generali München Marathon', 'marathon'],
  ['Maratón de Sevilla', 'marathon'],
  ['Maratona di Roma', 'marathon'],
  ['Stockholm Maraton', 'marathon'],
  ['Brooklyn Half', 'half'],
  ['United Airlines NYC Half', 'half'],
  ['Brighton Half Marathon', 'half'],
  ['Great North Run – half marathon', 'half'],
  ['Semi-marathon de Paris', 'half'],
  ['Medio Maratón de Valencia', 'half'],
  ['Mezza Maratona di Milano', 'half'],
  ['Meia Maratona de Lisboa', 'half'],
  ['Halve Marathon Egmond', 'half'],
  ['Göteborgsvarvet Halvmaraton', 'half'],
  ['Halbmarathon Köln', 'half'],
  ['Półmaraton Warszawski', 'half'],
  ['Hamburg HM', 'half'],
  ['Stadtlauf 21,1 km', 'half'],
  ['Riverside 21.1K', 'half'],
  ['Harbour 13.1 miles', 'half'],
  ['Sunrise 42.2 km', 'marathon'],
  ['Comrades Ultra', 'ultra'],
  ['Ultramarathon Rennsteig', 'ultra'],
  ['Spreewald Ultra-Marathon', 'ultra'],
  // Figures
  ['Turkey Trot 10K', '10k'],
  ['Bay to Breakers 12K', 12],
  ['Peachtree Road Race 10k', '10k'],
  ['Parkrun #412', '5k'],
  ['Bushy park run', '5k'],
  ['Carlsbad 5000m', '5k'],
  ['Cooper River Bridge Run 10,000 m', '10k'],
  ['Silvesterlauf 10.000 m', '10k'],
  ['5 km Fun Run', '5k'],
  ['5-km Fun Run', '5k'],
  ['Club 3.1 mile dash', '5k'],
  ['Stadtlauf 15 km', 15],
  ['Broad Street Run 10 Miler', 16.1],
  ['Cherry Blossom 10 Mile', 16.1],
  ['Western States 100 Mile Endurance Run', 160.9],
  ['UTMB 171 km', 171],
  ['Ultra 50K', 50],
  ['Two Oceans 56km Ultra', 56],
  ['Track 1500m', 1.5],
  ['Viertelmarathon', 10.5],
  // Nothing said, or two things said: ask
  ['Club night', null],
  ['Run 2027', null],
  ['Vienna City Marathon & 10K', null],
  ['5K and 10K', null],
  ['Trail 42 km, 2500 m D+', null],
  ['Staffel 4 x 400', null],
  ['Cross-country championships', null],
  ['A5 relay', null],
  ['', null],
];

describe('detectDistance', () => {
  for (const [name, expected] of CASES) {
    it(`${JSON.stringify(name)} → ${String(expected)}`, () => {
      assert.equal(detectDistance(name), expected);
    });
  }

  it('answers for any text without throwing, with a standard distance, a sane km figure or null', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600 }), (name) => {
        const found = detectDistance(name);
        assert.ok(
          found === null ||
            ['5k', '10k', 'half', 'marathon', 'ultra'].includes(String(found)) ||
            (typeof found === 'number' && found > 0 && found <= 2000),
        );
      }),
      { numRuns: runs(1000) },
    );
  });
});
