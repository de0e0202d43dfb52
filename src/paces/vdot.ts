/**
 * Daniels & Gilbert's VDOT model (J. Daniels, J. Gilbert, *Oxygen Power*, 1979; used for the
 * tables of Daniels' *Running Formula*; see DOMAIN.md, "Distance-specific targets"):
 *
 * - the oxygen cost of running at v m/min: VO2 = −4.60 + 0.182258·v + 0.000104·v²;
 * - the share of VO2max a runner can hold for t minutes:
 *   %max = 0.8 + 0.1894393·e^(−0.012778·t) + 0.2989558·e^(−0.1932605·t);
 * - VDOT = VO2 / %max, a race result's "effective VO2max".
 *
 * Checks from the published tables: a 5K of 19:57 and a marathon of 3:10:49 both give VDOT 50,
 * a 5K of 24:34 gives 39.1.
 */

/**
 * The oxygen cost (ml/kg/min) of running at `metresPerMin`.
 *
 * @example oxygenCost(250) // ≈ 47.47
 */
export function oxygenCost(metresPerMin: number): number {
  return -4.6 + 0.182258 * metresPerMin + 0.000104 * metresPerMin * metresPerMin;
}

/**
 * The share of VO2max a runner sustains for a race lasting `minutes`.
 *
 * @example sustainableFraction(190.8) // ≈ 0.8165 (a 3:10:49 marathon)
 */
export function sustainableFraction(minutes: number): number {
  return (
    0.8 + 0.1894393 * Math.exp(-0.012778 * minutes) + 0.2989558 * Math.exp(-0.1932605 * minutes)
  );
}

/**
 * VDOT of a race: `km` run in `seconds`.
 *
 * @example vdotOf(5, 1197) // ≈ 49.95 (5K in 19:57)
 */
export function vdotOf(km: number, seconds: number): number {
  const minutes = seconds / 60;
  return oxygenCost((km * 1000) / minutes) / sustainableFraction(minutes);
}

/**
 * The speed (m/min) whose oxygen cost is `vo2`: the positive root of the cost's quadratic.
 *
 * @example velocityAt(44) // ≈ 235 m/min (threshold for VDOT 50: 88 % of 50)
 */
export function velocityAt(vo2: number): number {
  const a = 0.000104;
  const b = 0.182258;
  const c = -4.6 - vo2;
  return (-b + Math.sqrt(b * b - 4 * a * c)) / (2 * a);
}

/**
 * The time (seconds) the model predicts for `km` at `vdot`: the t where the race's VDOT equals
 * `vdot`. A race's VDOT falls as its time grows, so bisection finds the one root.
 *
 * @example predictSeconds(50, 42.195) // ≈ 11449 (3:10:49)
 */
export function predictSeconds(vdot: number, km: number): number {
  // From 12 m/s (faster than anyone runs) to 0.5 m/s (a slow walk): every VDOT the schema
  // accepts lies between, and 60 halvings are far below a second.
  let lo = (km * 1000) / 12;
  let hi = km * 1000 * 2;
  for (let k = 0; k < 60 && hi - lo > 0.01; k++) {
    const mid = (lo + hi) / 2;
    if (vdotOf(km, mid) > vdot) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
