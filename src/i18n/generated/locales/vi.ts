
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's027041ec8062d49e': str`Mã QR: ${0}`,
's029f8cb91476eb35': `Nhấn Shift thêm 1 lần để thoát`,
's04104c62ebcc32f2': `Hãy gọi OKIT trước. Bạn có thể hỏi họ có những hỗ trợ nào.`,
's11f1693e97a511b7': `Thoát`,
's1b646b7189883206': `Nghe`,
's2520319c70ecfe62': `Đã dừng đọc`,
's278c8e355f16e698': `Đang đọc to`,
's37a9e8aec5713460': `Xem thêm`,
's53c37ff2fd4c6807': `Không tải được toàn văn. Phần tóm tắt ở trên và các số điện thoại trên trang này vẫn dùng được.`,
's550257eb0cea520b': `Quét bằng điện thoại`,
's595dfaea63220d0e': `Đang tải toàn văn…`,
's5f390fea90405d77': `Để rời trang này ngay, hãy nhấn nút “Thoát” hoặc nhấn phím Shift 3 lần.`,
's65e64f878f24dcbc': `Xem toàn bộ hướng dẫn`,
's6821a2ab44546309': `Nhấn Shift thêm 2 lần để thoát`,
's696fd69387760b4b': `Đã đặt lại số lần nhấn Shift`,
'sa5c0590db6f268b5': `cộng`,
'sbe1cbee3b9814e23': str`OKIT trước tiên. Hỗ trợ khác ở bên dưới: ${0}.`,
'sc75a642614f54067': `Chọn một hoặc nhiều mục. Sau đó hướng dẫn chỉ hiện những hỗ trợ phù hợp.`,
'scea07642344cdf8b': `Đang rời trang`,
'sd9ad53251f2330a5': `Dừng`,
'sd9f0024549f48978': `Hoặc nhấn Shift 3 lần`,
'sdfa47b9ce9ac1889': `Gọi`,
'sefcf950b3cc4fc3b': `Ngôn ngữ`,
'sf70f3f99bda16e78': `Không tải được phần còn lại của hướng dẫn. Bạn vẫn có thể gọi đường dây khủng hoảng bên dưới.`,
    };
  