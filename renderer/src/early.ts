/**
 * The first script of the page (index.html): a few kilobytes that ask for the first screen's
 * data while the browser is still evaluating the app's code (main.tsx).
 */
import { askFirstRequests } from './app/first-requests';

askFirstRequests();
