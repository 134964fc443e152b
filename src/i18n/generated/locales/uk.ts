
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's027041ec8062d49e': str`QR-код: ${0}`,
's11f1693e97a511b7': `Залишити сторінку`,
's37a9e8aec5713460': `Детальніше`,
's392f7ac7bd6eeaea': `Спершу зателефонуйте до OKIT. Вам розкажуть, яку допомогу ви можете отримати.`,
's550257eb0cea520b': `Відскануйте телефоном`,
's5f390fea90405d77': `Щоб одразу покинути цю сторінку, натисніть кнопку «Залишити сторінку» або тричі натисніть клавішу Shift.`,
's65e64f878f24dcbc': `Показати весь довідник`,
'sc75a642614f54067': `Виберіть один або кілька варіантів. Тоді довідник покаже лише ту допомогу, яка вам підходить.`,
'sc934b1fa178776da': `Shift натиснуто. Натисніть ще раз, щоб залишити сторінку.`,
'sce0964ac6d6a02ac': str`Спершу OKIT. Інших місць, які можуть допомогти: ${0}.`,
'sd9f0024549f48978': `Або натисніть Shift 3 рази`,
'sdfa47b9ce9ac1889': `Дзвонити`,
'sefcf950b3cc4fc3b': `Мова`,
    };
  