import { render } from 'preact';
import { Welcome, load } from './Welcome';
import '@/components/page.css';
import '@/components/settings.css';
import './welcome.css';

const root = document.getElementById('app');
if (root) render(<Welcome loading={load()} />, root);
