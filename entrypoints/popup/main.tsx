import { render } from 'preact';
import { App, load } from './App';
import '@/components/page.css';
import '@/components/checklist.css';
import '@/components/settings.css';
import './popup.css';

const root = document.getElementById('app');
if (root) render(<App loading={load()} />, root);
