import { render } from 'preact';
import { Workshop } from './Workshop';
import '@/components/page.css';
import './workshop.css';

const root = document.getElementById('app');
if (root) render(<Workshop />, root);
