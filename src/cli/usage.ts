/**
 * The text of `season-planner --help`: every command and option, one line each where it fits, so
 * that a script author finds all of it without the README.
 */
export const USAGE = `Usage: season-planner COMMAND FILE [OPTIONS]

Commands:
  plan REQUEST.json   make a season plan from a request (format: README, "The request format");
                      the plan goes to standard output or -o FILE, a one-line summary to stderr
  check PLAN.json     list the plan's warnings, then a count by severity; exit 1 on an error
  ics PLAN.json       export the plan as an iCalendar file (all-day events unless --time/--tz)
  fit PLAN.json       workouts for a watch: -o DIR (one .fit per session), FILE.zip (copy its
                      files to the watch's GARMIN/NewFiles) or FILE.fit (one session)
  pdf PLAN.json       print the season to -o FILE.pdf through headless Chromium (CHROMIUM_PATH,
                      else /usr/bin/chromium)
  web                 serve the planner page on 127.0.0.1 and print its URL (--port N, default 4173)

Options:
  -o, --out FILE      write FILE instead of standard output (written whole, then renamed into
                      place, so a failed write leaves an existing FILE as it was)
  --json              check: the warnings as a JSON array instead of text
  --from DATE         ics, fit: the first day to export (YYYY-MM-DD, inclusive)
  --to DATE           ics, fit: the last day to export (inclusive)
  --blocks            ics: blocks (base, down week, taper, ...) as multi-day events too
  --rest              ics: rest days as events too
  --time HH:MM        ics: timed events at this time of day instead of all-day ones; needs --tz
  --tz ZONE           ics: the IANA time zone of --time, e.g. Europe/Berlin
  --paper SIZE        pdf: a4 (default) or letter
  -h, --help          this text
  --version           the version number

A FILE of - reads standard input; -o - writes standard output.
Exit codes: 0 done; 1 check found an error-severity warning; 2 bad input or usage, or the output
could not be written. A reader that stops early (| head) is not an error: the exit code stays the
command's own (0, or 1 when check found an error).`;
