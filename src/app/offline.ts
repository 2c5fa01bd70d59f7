/**
 * Installable and offline: registers the service worker the build generates
 * (vite.config.ts, vite-plugin-pwa with Workbox), which precaches the game,
 * the rounds, the sources, the map and the guide on the first visit, so the
 * game then starts and plays with the network off. When a new version has
 * been deployed and fetched, the update prompt offers to reload. The worker
 * is a same-origin script file, as the Content Security Policy
 * (`worker-src 'self'`, src/security/headers.ts) requires; nothing inline.
 * `document.body.dataset.offline` says "ready" once everything is cached.
 */
import { registerSW } from 'virtual:pwa-register';
import { updatePrompt } from '../ui/update';

export function startOffline(host: HTMLElement): void {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    immediate: true,
    onNeedRefresh() {
      if (!host.querySelector('.update-prompt')) host.append(updatePrompt(() => void update(true)));
    },
    onOfflineReady() {
      document.body.dataset.offline = 'ready';
    },
    // A browser that refuses service workers (private modes, policies) simply plays online.
    onRegisterError() {
      document.body.dataset.offline = 'unavailable';
    },
  });
}
