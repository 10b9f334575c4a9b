import { mount } from 'svelte';
import App from './App.svelte';
// Arabic fonts are bundled (served from the app's own origin, as the CSP requires), so Arabic
// renders the same on every machine, diacritics included.
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-700.css';
import './ui/app.css';

const target = document.getElementById('app')!;
target.replaceChildren();
mount(App, { target });
