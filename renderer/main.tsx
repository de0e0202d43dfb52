/** The page's entry: styles, the one API door, and the React root. */
import { createRoot } from 'react-dom/client';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import './styles/app.css';
import './styles/calendar.css';
import './styles/grid.css';
import { getPlannerApi } from './api/index';
import { App } from './components/App';
import { boot } from './state/boot';

// Data first, then one render that already holds the calendar.
const api = getPlannerApi();
const container = document.getElementById('root');
void boot(api).then((initial) => {
  if (container) createRoot(container).render(<App api={api} initial={initial} />);
});
