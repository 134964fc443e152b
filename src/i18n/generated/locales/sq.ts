
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's027041ec8062d49e': str`Kodi QR: ${0}`,
's029f8cb91476eb35': `Shtypni Shift edhe 1 herë për të dalë`,
's04104c62ebcc32f2': `Telefononi së pari OKIT-in. Prej tyre mund të mësoni çfarë ndihme ka në dispozicion.`,
's11f1693e97a511b7': `Dalje`,
's1b646b7189883206': `Dëgjoni`,
's2520319c70ecfe62': `Leximi u ndal`,
's278c8e355f16e698': `Po lexohet me zë`,
's37a9e8aec5713460': `Më shumë`,
's53c37ff2fd4c6807': `Teksti i plotë nuk u ngarkua dot. Përmbledhja më lart dhe numrat e telefonit në këtë faqe mund të përdoren ende.`,
's550257eb0cea520b': `Skanoni me telefon`,
's595dfaea63220d0e': `Po ngarkohet teksti i plotë…`,
's5f390fea90405d77': `Për të dalë menjëherë nga kjo faqe, shtypni butonin «Dalje» ose shtypni tastin Shift 3 herë.`,
's65e64f878f24dcbc': `Shfaqni të gjithë udhëzuesin`,
's6821a2ab44546309': `Shtypni Shift edhe 2 herë për të dalë`,
's696fd69387760b4b': `Numërimi i Shift-it filloi nga e para`,
'sa5c0590db6f268b5': `plus`,
'sbe1cbee3b9814e23': str`Së pari OKIT-i. Ndihmë tjetër më poshtë: ${0}.`,
'sc75a642614f54067': `Zgjidhni një ose më shumë. Pastaj udhëzuesi shfaq vetëm ndihmën që ju përshtatet.`,
'scea07642344cdf8b': `Duke dalë nga faqja`,
'sd9ad53251f2330a5': `Ndaloni`,
'sd9f0024549f48978': `Ose shtypni Shift 3 herë`,
'sdfa47b9ce9ac1889': `Telefononi`,
'sefcf950b3cc4fc3b': `Gjuha`,
'sf70f3f99bda16e78': `Pjesa tjetër e udhëzuesit nuk u ngarkua dot. Ende mund të telefononi linjën e krizës më poshtë.`,
    };
  