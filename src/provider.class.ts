/** `verikit/provider/class`: <vk-provider>'s class, events and types; registers nothing. */
export * from './elements/provider/provider.js';
