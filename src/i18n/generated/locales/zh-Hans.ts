
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's027041ec8062d49e': str`二维码：${0}`,
's029f8cb91476eb35': `再按1次Shift键即可离开`,
's04104c62ebcc32f2': `请先拨打OKIT。您可以向他们了解有哪些帮助。`,
's11f1693e97a511b7': `离开本页`,
's1b646b7189883206': `收听`,
's2520319c70ecfe62': `朗读已停止`,
's278c8e355f16e698': `正在朗读`,
's37a9e8aec5713460': `更多`,
's53c37ff2fd4c6807': `无法加载全文。上面的摘要和本页上的电话号码仍然可以使用。`,
's550257eb0cea520b': `用手机扫码`,
's595dfaea63220d0e': `正在加载全文…`,
's5f390fea90405d77': `要立即离开本页，请按“离开本页”按钮，或按3次Shift键。`,
's65e64f878f24dcbc': `显示完整指南`,
's6821a2ab44546309': `再按2次Shift键即可离开`,
's696fd69387760b4b': `Shift计数已重置`,
'sa5c0590db6f268b5': `加`,
'sbe1cbee3b9814e23': str`首先是OKIT。下面列出的其他帮助：${0}项。`,
'sc75a642614f54067': `请选择一项或多项。指南将只显示适合的帮助。`,
'scea07642344cdf8b': `正在离开本页`,
'sd9ad53251f2330a5': `停止`,
'sd9f0024549f48978': `或按3次Shift键`,
'sdfa47b9ce9ac1889': `拨打`,
'sefcf950b3cc4fc3b': `语言`,
'sf70f3f99bda16e78': `无法加载指南的其余部分。您仍然可以拨打下面的危机热线。`,
    };
  