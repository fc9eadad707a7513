import { render } from 'preact';
import { Dashboard, load } from './Dashboard';
import '@/components/page.css';
import '@/components/checklist.css';
import '@/components/settings.css';
import './dashboard.css';

const root = document.getElementById('app');
if (root) render(<Dashboard loading={load()} />, root);
