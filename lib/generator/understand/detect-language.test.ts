import { describe, expect, it } from 'vitest';
import { detectForeignLanguage } from './detect-language';
import { understandPrompt } from './understand-prompt';
import { BENCH_PROMPTS } from '@/bench/generator/prompts';
import { HELDOUT_PROMPTS } from '@/bench/generator/heldout-prompts';

describe('detectForeignLanguage', () => {
  it.each([
    ['Wir brauchen eine App für unsere Zahnarztpraxis mit Patienten und Terminen.', 'German'],
    ['Necesito una aplicación para mi tienda con productos, clientes y pedidos.', 'Spanish'],
    ['Je veux une application pour gérer les clients et les factures de mon entreprise.', 'French'],
    ['Una app per gestire i clienti e gli ordini', 'Italian'],
    ['Precisamos de um app para a nossa loja com produtos e clientes', 'Portuguese'],
    ['Wij hebben een app nodig voor onze klanten en facturen', 'Dutch'],
    ['我们需要一个客户管理应用', 'Chinese'],
  ])('names the language of "%s"', (text, language) => {
    expect(detectForeignLanguage(text)).toBe(language);
  });

  it('never flags an English prompt of the development or held-out set', () => {
    for (const p of [...BENCH_PROMPTS, ...HELDOUT_PROMPTS]) expect(detectForeignLanguage(p.text), p.id).toBeNull();
  });

  it('needs two foreign function words: one Spanish word in an English prompt is not enough', () => {
    expect(detectForeignLanguage('Tickets (status: open/closed) con details')).toBeNull();
    expect(detectForeignLanguage('clientes con nombre y correo')).toBe('Spanish');
  });

  it('refuses a German prompt with a message naming the language, instead of building records of German words', () => {
    const m = understandPrompt('Wir brauchen eine App für unsere Zahnarztpraxis mit Patienten und Terminen.');
    expect(m.entities).toEqual([]);
    expect(m.unreadableLanguage).toBe('German');
    expect(m.confidence).toBe(0);
    expect(m.warnings[0]).toMatch(/looks like German: the built-in reader understands English only/);
  });
});
