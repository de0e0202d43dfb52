import type { PlannerBridge } from '../../src/api/contract';

declare global {
  interface Window {
    /** Set by the desktop app's preload; absent in a plain browser. Reach it through getPlannerApi(). */
    readonly planner?: PlannerBridge;
  }
}

export {};
