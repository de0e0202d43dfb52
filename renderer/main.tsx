/** The page's entry: styles, the one API door, and the React root. */
import { createRoot } from 'react-dom/client';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import './styles/app.css';
import './styles/calendar.css';
import { getPlannerApi } from './api/index';
import { App } from './components/App';

const container = document.getElementById('root');
if (container) createRoot(container).render(<App api={getPlannerApi()} />);
