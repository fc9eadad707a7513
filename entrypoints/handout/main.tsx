import { render } from 'preact';
import { Handout } from './Handout';
import '@/components/page.css';
import '@/components/print-sheets.css';
import './handout.css';

const root = document.getElementById('app');
if (root) render(<Handout />, root);
