// Vue 3 with its template compiler: `isCustomElement` tells it the vk-* tags are not Vue
// components; `:length` and `:messages` are set as DOM properties (Vue does so when the element
// has that property), `@vk-code-submit` adds a listener for that exact event name.
import { createApp, ref } from 'vue';
import 'verikit/provider';
import 'verikit/code-input';
import { answerCodeRequest, answerCodeSubmit, log } from './host.js';

const app = createApp({
  setup() {
    const verified = ref(false);
    const onVerified = (event) => {
      log({ type: event.type, channel: event.detail.channel, purpose: event.detail.purpose });
      verified.value = true;
    };
    return { verified, onVerified, answerCodeRequest, answerCodeSubmit, length: 8, messages: { 'code.getCode': 'Email me a code' } };
  },
  template: `
    <vk-provider :messages="messages">
      <vk-code-input channel="email" :length="length" purpose="vue"
        @vk-code-request="answerCodeRequest" @vk-code-submit="answerCodeSubmit" @vk-code-verified="onVerified"></vk-code-input>
      <p id="vue-state">{{ verified ? 'verified' : 'waiting' }}</p>
    </vk-provider>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('vk-');
app.mount('#app');
window.verikitReady = true;
