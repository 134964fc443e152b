
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's027041ec8062d49e': str`QR-код: ${0}`,
's029f8cb91476eb35': `Натисніть Shift ще 1 раз, щоб вийти`,
's04104c62ebcc32f2': `Спершу зателефонуйте до OKIT. Вам можуть розповісти, яка допомога доступна.`,
's11f1693e97a511b7': `Вийти`,
's37a9e8aec5713460': `Детальніше`,
's550257eb0cea520b': `Відскануйте телефоном`,
's5f390fea90405d77': `Щоб одразу вийти з цієї сторінки, натисніть кнопку «Вийти» або натисніть клавішу Shift 3 рази.`,
's65e64f878f24dcbc': `Показати весь довідник`,
's6821a2ab44546309': `Натисніть Shift ще 2 рази, щоб вийти`,
's696fd69387760b4b': `Лічильник Shift скинуто`,
'sbe1cbee3b9814e23': str`Спершу OKIT. Іншої допомоги нижче: ${0}.`,
'sc75a642614f54067': `Виберіть один або кілька варіантів. Тоді довідник покаже лише ту допомогу, яка вам підходить.`,
'scea07642344cdf8b': `Вихід зі сторінки`,
'sd9f0024549f48978': `Або натисніть Shift 3 рази`,
'sdfa47b9ce9ac1889': `Дзвонити`,
'sefcf950b3cc4fc3b': `Мова`,
    };
  