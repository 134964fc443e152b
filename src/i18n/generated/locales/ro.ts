
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's027041ec8062d49e': str`Cod QR: ${0}`,
's029f8cb91476eb35': `Mai apăsați Shift o dată pentru a ieși`,
's04104c62ebcc32f2': `Sunați mai întâi la OKIT. Acolo puteți afla ce ajutor este disponibil.`,
's11f1693e97a511b7': `Ieșire`,
's1b646b7189883206': `Ascultați`,
's2520319c70ecfe62': `Citirea s-a oprit`,
's278c8e355f16e698': `Citire cu voce tare`,
's37a9e8aec5713460': `Mai multe`,
's53c37ff2fd4c6807': `Textul complet nu a putut fi încărcat. Rezumatul de mai sus și numerele de telefon de pe această pagină pot fi folosite în continuare.`,
's550257eb0cea520b': `Scanați cu telefonul`,
's595dfaea63220d0e': `Se încarcă textul complet…`,
's5f390fea90405d77': `Pentru a părăsi imediat această pagină, apăsați butonul „Ieșire” sau apăsați tasta Shift de 3 ori.`,
's65e64f878f24dcbc': `Afișați tot ghidul`,
's6821a2ab44546309': `Mai apăsați Shift de 2 ori pentru a ieși`,
's696fd69387760b4b': `Numărarea apăsărilor pe Shift a fost resetată`,
'sa5c0590db6f268b5': `plus`,
'sbe1cbee3b9814e23': str`Mai întâi OKIT. Alte forme de ajutor mai jos: ${0}.`,
'sc75a642614f54067': `Alegeți una sau mai multe variante. Ghidul va arăta apoi doar ajutorul care vi se potrivește.`,
'scea07642344cdf8b': `Ieșire din pagină`,
'sd9ad53251f2330a5': `Opriți`,
'sd9f0024549f48978': `Sau apăsați Shift de 3 ori`,
'sdfa47b9ce9ac1889': `Sunați`,
'sefcf950b3cc4fc3b': `Limba`,
'sf70f3f99bda16e78': `Restul ghidului nu a putut fi încărcat. Puteți suna în continuare la linia de criză de mai jos.`,
    };
  