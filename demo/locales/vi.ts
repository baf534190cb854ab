import type { DemoCatalog } from '../demo.messages.js';

/** Vietnamese text of the demo's own UI (the elements' texts live in src/locales/vi.ts). */
export default {
  'demo.inbox.title': 'Hộp thư demo',
  'demo.inbox.explainer': 'Các mã mà máy chủ giả lập đã "gửi". Không có gì rời khỏi trình duyệt của bạn.',
  'demo.inbox.empty': 'Chưa có mã nào được gửi. Hãy nhấn "Nhận mã".',
  'demo.inbox.email': 'Email tới {destination}',
  'demo.inbox.sms': 'SMS tới {destination}',
  'demo.inbox.email.new': 'Email tới địa chỉ mới của bạn {destination}',
  'demo.inbox.sms.new': 'SMS tới số mới của bạn {destination}',
  'demo.inbox.code': 'Mã xác minh {code}',
  'demo.inbox.expires': 'Có hiệu lực đến {time}',
  'demo.inbox.expired': 'Đã hết hạn',
  'demo.inbox.replaced': 'Đã được thay bằng mã mới hơn: không còn hiệu lực',
  'demo.inbox.totp': 'Ứng dụng xác thực (tài khoản demo)',
  'demo.inbox.totpCode': 'Mã hiện tại {code}',
  'demo.inbox.totpLeft': { other: 'Đổi sau {count} giây' },
  'demo.inbox.mode': 'Chế độ máy chủ: {mode}',
  'demo.inbox.modeLabel': 'Chế độ máy chủ',

  'demo.mode.normal': 'bình thường',
  'demo.mode.slow': 'mạng chậm',
  'demo.mode.flaky': 'mạng chập chờn (cứ 3 lần tải lên thì 1 lần lỗi)',
  'demo.mode.offline': 'mất kết nối mạng',
  'demo.mode.locked': 'tài khoản bị khóa',
  'demo.mode.wrong': 'câu trả lời sai',

  'demo.backend.replacedCode': 'Một mã mới hơn đã được gửi; hãy dùng mã mới nhất.',
  'demo.backend.totpNotSent': 'Mã của ứng dụng xác thực không được gửi đi.',
  'demo.backend.noNewContact': 'Hãy nhập thông tin liên hệ mới trước.',

  'demo.faceScan.title': 'Quét khuôn mặt (bước riêng của trang)',
  'demo.faceScan.pass': 'Giả lập quét khuôn mặt thành công',
  'demo.humanCheck.title': 'Xác minh con người (bước riêng của trang)',
  'demo.humanCheck.pass': 'Tôi không phải là người máy',

  'demo.handoff.computer': 'Máy tính',
  'demo.handoff.phone': 'Điện thoại',
  'demo.handoff.scan': 'Quét mã trên máy tính',
  'demo.handoff.hint': 'Trên máy tính, nhấn “Tiếp tục trên điện thoại”, rồi quét mã tại đây. Hai bên dùng chung máy chủ giả lập qua một BroadcastChannel, như hai thiết bị dùng chung máy chủ của bạn.',

  'demo.partner.documentTitle': 'Đặt lại xác minh bảo mật · Example Exchange (bản demo verikit)',
  'demo.partner.title': 'Đặt lại xác minh bảo mật',
  'demo.partner.intro':
    'Một trang đơn giản, được kết nối như cách đối tác sẽ làm. Quy trình chạy trên máy chủ giả lập trong trình duyệt: mã được gửi tới hộp thư demo.',
  'demo.partner.language': 'Ngôn ngữ',
  'demo.partner.support': 'Trợ giúp',
  'demo.partner.inboxToggle': 'Hộp thư demo',
  'demo.partner.inboxNew': { other: '{count} mã mới' },
  'demo.partner.inboxClose': 'Đóng',

  'demo.host.title': 'Việc trang web sẽ làm tiếp theo',
  'demo.host.dismiss': 'OK',
  'demo.host.support': 'Lúc này trang web sẽ mở cuộc trò chuyện với bộ phận hỗ trợ.',
  'demo.host.migration': 'Lúc này trang web sẽ mở quy trình chuyển sang tài khoản mới, kèm quét khuôn mặt.',
  'demo.host.passwordForgot': 'Lúc này trang web sẽ mở trang đặt lại mật khẩu.',
  'demo.host.verificationReset': 'Lúc này trang web sẽ mở "Đặt lại xác minh bảo mật". Bạn đang ở đó rồi: hãy dùng Quay lại để đổi các mục bị mất.',
  'demo.host.faceScan': 'Lúc này trang web sẽ bắt đầu quét khuôn mặt. Ở đây, nút trong bước này giả lập việc đó.',
  'demo.host.totpReset': 'Lúc này trang web sẽ mở phần đặt lại ứng dụng xác thực.',
  'demo.host.codeLock': 'Quá nhiều mã sai. Lúc này trang web sẽ đề nghị trò chuyện với bộ phận hỗ trợ.',
  'demo.host.complete': 'Lúc này trang web sẽ hiển thị trang tài khoản của bạn và gửi email bản sao yêu cầu.',
} satisfies DemoCatalog;
