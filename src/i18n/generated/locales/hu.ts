
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's027041ec8062d49e': str`QR-kód: ${0}`,
's029f8cb91476eb35': `Nyomd meg még egyszer a Shiftet a kilépéshez`,
's04104c62ebcc32f2': `Először hívd az OKIT-ot. Tőlük megtudhatod, milyen segítség érhető el.`,
's11f1693e97a511b7': `Kilépés`,
's1b646b7189883206': `Meghallgatom`,
's2520319c70ecfe62': `A felolvasás leállt`,
's278c8e355f16e698': `Felolvasás elindult`,
's37a9e8aec5713460': `Bővebben`,
's53c37ff2fd4c6807': `A teljes szöveget nem sikerült betölteni. A fenti összefoglaló és az oldalon lévő telefonszámok továbbra is használhatók.`,
's550257eb0cea520b': `Olvasd be a telefonoddal`,
's595dfaea63220d0e': `A teljes szöveg betöltése…`,
's5f390fea90405d77': `Ha azonnal ki akarsz lépni erről az oldalról, nyomd meg a „Kilépés” gombot, vagy nyomd meg háromszor a Shift billentyűt.`,
's65e64f878f24dcbc': `Mutasd a teljes útmutatót`,
's6821a2ab44546309': `Nyomd meg még kétszer a Shiftet a kilépéshez`,
's696fd69387760b4b': `A Shift-számláló újraindult`,
'sa5c0590db6f268b5': `plusz`,
'sbe1cbee3b9814e23': str`Először az OKIT. Alább további segítséget találsz: ${0}.`,
'sc75a642614f54067': `Válassz egyet vagy többet. Ezután csak a neked megfelelő segítséget mutatjuk.`,
'scea07642344cdf8b': `Kilépés az oldalról`,
'sd9ad53251f2330a5': `Leállítom`,
'sd9f0024549f48978': `Vagy nyomd meg háromszor a Shift billentyűt`,
'sdfa47b9ce9ac1889': `Hívás`,
'sefcf950b3cc4fc3b': `Nyelv`,
'sf70f3f99bda16e78': `Az útmutató többi részét nem sikerült betölteni. Az alábbi krízisvonalat továbbra is hívhatod.`,
    };
  