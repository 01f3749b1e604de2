import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { connect } from './api/connect.js';
import './app/global.css';

createRoot(document.getElementById('root')!).render(<App invoke={connect(window)} />);
