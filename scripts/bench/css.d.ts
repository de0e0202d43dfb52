// The bench's bare page imports FullCalendar's style sheets; esbuild bundles them.
declare module '*.css';
