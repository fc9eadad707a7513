import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App, load } from './App';
import '@/components/page.css';
import '@/components/checklist.css';
import '@/components/settings.css';
import './popup.css';

// The page's <title> is the manifest's placeholder for the toolbar button's tooltip (WXT takes it
// from there), which a page does not translate: a screen reader read "__MSG_actionTitle__" until
// the popup had loaded, and for good on the screen saying it could not.
// Chromium's getMessage answered "" now and then on a loaded machine: the product's name, which
// is the same in every language, rather than no title at all.
document.title = browser.i18n.getMessage('actionTitle') || 'Make-IT-Safe';
const root = document.getElementById('app');
if (root) render(<App loading={load()} />, root);
