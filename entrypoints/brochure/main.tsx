import { render } from 'preact';
import { App, loadInitial } from './App';
import '@/components/page.css';
import '@/components/print-sheets.css';
import './brochure.css';

const root = document.getElementById('app');
if (root) render(<App initial={loadInitial()} />, root);
