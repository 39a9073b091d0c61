import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

import en from './en.json';
import zhCN from './zh-CN.json';

// Chinese first: the committee works in Chinese; English is for visiting staff and reviewers.
export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];

// Only the chosen language is kept (not sensitive, survives the lock).
const storageKey = 'yishi.language';

export function storedLanguage(): Language {
  const stored = safeStorage()?.getItem(storageKey);
  return languages.find((language) => language === stored) ?? 'zh-CN';
}

export async function initI18n(): Promise<void> {
  const language = storedLanguage();

  await i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: language,
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });

  document.documentElement.lang = language;
}

export async function switchLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  safeStorage()?.setItem(storageKey, language);
  document.documentElement.lang = language;
}

// localStorage can be unavailable (opaque origins, storage disabled); the app still works.
function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
