/**
 * Texts of the artisan portal invitation (components/artisans/ArtisanInvite*.tsx), both languages
 * side by side; merged into ./vi.ts and ./en.ts under `artisanInvite`.
 */
export const artisanInviteVi = {
  heading: "Tài khoản cổng nghệ nhân",
  description:
    "Mời nghệ nhân tự đăng sản phẩm từ điện thoại. Nghệ nhân mở đường dẫn, đặt mật khẩu, rồi đăng nhập bằng email này.",
  invite: "Mời vào cổng nghệ nhân",
  reinvite: "Tạo lời mời mới",
  email: "Email của nghệ nhân",
  emailHint: "Nghệ nhân sẽ đăng nhập bằng email này. Một lời mời mới sẽ hủy các lời mời cũ chưa dùng.",
  emailInvalid: "Nhập một địa chỉ email hợp lệ, ví dụ ten@example.com",
  send: "Tạo lời mời",
  sent: "Đã tạo lời mời cho {{email}}",
  link: "Đường dẫn mời",
  linkHint:
    "Đường dẫn đã được gửi qua email. Bạn cũng có thể sao chép và gửi qua Zalo. Đường dẫn dùng được một lần, đến {{date}}.",
  emailTaken:
    "Email này đã có tài khoản (nghệ nhân, khách hàng hoặc quản trị). Hãy mời nghệ nhân bằng một email khác.",
  error: "Không tạo được lời mời: {{message}}",
};

export const artisanInviteEn: Record<keyof typeof artisanInviteVi, string> = {
  heading: "Artisan portal account",
  description:
    "Invite the artisan to list their own products from a phone. They open the link, choose a password, then sign in with this email.",
  invite: "Invite to the artisan portal",
  reinvite: "Create a new invite",
  email: "Artisan's email",
  emailHint: "The artisan will sign in with this email. A new invite cancels older unused ones.",
  emailInvalid: "Enter a valid email address, e.g. name@example.com",
  send: "Create invite",
  sent: "Invite created for {{email}}",
  link: "Invite link",
  linkHint:
    "The link was sent by email. You can also copy it and send it by Zalo. It works once, until {{date}}.",
  emailTaken:
    "This email already has an account (artisan, customer or admin). Invite the artisan with another email.",
  error: "Could not create the invite: {{message}}",
};
