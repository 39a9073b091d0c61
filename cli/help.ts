// `yishi --help`. Kept beside the exit-code table it documents.
export const helpText = `议事 Yishi 命令行 — 为常委会办公厅和测试脚本准备的工具

用法 (usage):
  yishi demo     --profile DIR [--passphrase-file FILE]
      创建演示档案：清和市人大常委会、五名委员和一次会议及其材料
  yishi import   --profile DIR --meeting ID [--agenda N]
                 [--classification public|internal|sensitive] [--title T]
                 [--pdf-password-file FILE] [--passphrase-file FILE] FILE...
      把 PDF、Markdown (.md) 或纯文本 (.txt) 导入会议的第 N 项议程（默认第 1 项，
      密级默认 internal 内部）；同名而内容不同的材料记为新版本。
      加密的 PDF 不带密码也能导入，委员打开时再输入密码；用 --pdf-password-file 给出
      密码（文件第一行）时，导入时即逐页检查并记下页数；本次导入的每个加密 PDF 都用
      这一密码检查。该密码只用于检查，不会保存
  yishi meetings --profile DIR [--passphrase-file FILE]
      列出会议：编号<TAB>开始时间<TAB>名称，每行一个
  yishi trace    --profile DIR [--passphrase-file FILE] CODE
      查询溯源码 (trace ID)：哪位收件人、哪份材料的第几版、何时发出
  yishi web      --profile DIR [--port N]
      在 127.0.0.1 上启动浏览器界面并打印地址，Ctrl+C 停止
  yishi regulation parse FILE [--json]
      解析法规文本（UTF-8 文本或 Markdown）：标题、条/章/节/款/项数和结构树
  yishi regulation compare OLD NEW [--json]
      条文对照：逐条对齐两个版本，列出未改动、仅序号变化、修改、移动、新增、删除、
      拆分、合并的条文和章节标题的变化
  yishi regulation check FILE [PREVIOUS] [--json]
      引用预警：找出引用不存在条款的地方；给出上一版时，也找出未随重新编号更新的条文序号
      （regulation 命令只读文件，不需要档案和口令）

口令 (passphrase): 从 --passphrase-file 指定文件的第一行读取，否则从标准输入的第一行
读取（在终端上会提示输入且不回显）。口令绝不能写在命令行参数里。

退出码 (exit codes):
  0  成功 (ok)
  1  内部错误 (internal error)
  2  用法错误 (usage)
  3  口令错误或尝试过多需等待 (wrong passphrase / throttled)
  4  输入被拒绝：文件为空、重复、类型不符、损坏，找不到会议等 (input refused)
  5  档案问题：不存在、已存在、已损坏、只读、版本过新、磁盘已满 (profile problem)
`;
