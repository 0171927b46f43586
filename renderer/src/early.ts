/**
 * The first script of the page (index.html): evaluated before main.tsx and React (the build puts
 * both in one file, in this order), it asks for the first screen's data meanwhile.
 */
import { askFirstRequests } from './app/first-requests';

askFirstRequests();
