// React 19 renders custom elements natively: a prop whose name is a property of the element
// (`length`, `messages`) is set as that property, other props become attributes, and
// `on<event-name>` props are added as listeners for that exact event name.
import { createRoot } from 'react-dom/client';
import { useState } from 'react';
import 'verikit/provider';
import 'verikit/code-input';
import { answerCodeRequest, answerCodeSubmit, log } from './host.js';

const messages = { 'code.getCode': 'Text me a code' };

function App() {
  const [verified, setVerified] = useState(false);
  return (
    <vk-provider messages={messages}>
      <vk-code-input
        channel="sms"
        length={4}
        purpose="react"
        onvk-code-request={answerCodeRequest}
        onvk-code-submit={answerCodeSubmit}
        onvk-code-verified={(event) => {
          log({ type: event.type, channel: event.detail.channel, purpose: event.detail.purpose });
          setVerified(true);
        }}
      ></vk-code-input>
      <p id="react-state">{verified ? 'verified' : 'waiting'}</p>
    </vk-provider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
window.verikitReady = true;
