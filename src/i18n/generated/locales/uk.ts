
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's83a771a3d9cfe759': str`Call ${0}: ${1}`,
'sdfa47b9ce9ac1889': `Call`,
's027041ec8062d49e': str`QR code for ${0}`,
's550257eb0cea520b': `Scan with your phone`,
'sefcf950b3cc4fc3b': `Language`,
's001be60e10e17e70': str`Places that can help you: ${0}. The hotline is first.`,
'sc75a642614f54067': `Choose one or more. The guide then shows only the help that fits.`,
's65e64f878f24dcbc': `Show the whole guide`,
'sd9f0024549f48978': `Or press Shift 3 times`,
's11f1693e97a511b7': `Leave this page`,
'sc934b1fa178776da': `Shift pressed. Press it again to leave this page.`,
    };
  