from fpdf import FPDF
import os
D=os.path.join(os.path.dirname(__file__),'..','..','maritime_2024')
T=open(os.path.join(os.path.dirname(__file__),'note_verbale.txt'),encoding='utf-8').read()
p=FPDF(); p.set_auto_page_break(True,20); p.add_page(); p.set_font('Helvetica','',11)
for para in T.split('\n\n'):
    p.multi_cell(0,6,para.strip()); p.ln(3)
p.output(os.path.join(D,'note_verbale_ecuador_maritime_2024.pdf'))
